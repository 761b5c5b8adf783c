package risk

// describe writes a condition in plain language.
func describe(c *Condition) string { return c.idOr() }
