package risk

// builtinAttributes returns the built-in attributes.
func builtinAttributes() []Attribute { return nil }

// builtinCollections returns the built-in collections.
func builtinCollections() []Collection { return nil }
