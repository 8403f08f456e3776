export {};
//# sourceMappingURL=quote-rule.js.map