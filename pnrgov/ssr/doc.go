// Package ssr reads the free text of PNR special service requests (SSR, in
// the AIRIMP conventions that PNRGOV carries in SSR 4440): travel documents
// (DOCS), visas (DOCO), addresses (DOCA), forms of identification (FOID),
// their DDMMMYY dates, and the AIRIMP encoding of e-mail addresses (CTCE).
//
// Each parser keeps the raw text in its result, returns what it could read,
// and reports the first malformed field as an *Error, which names the field
// and its position and never contains the text itself.
//
//	doc, err := ssr.ParseDOCS("/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISABELLE", ref)
//	if err != nil {
//		var e *ssr.Error
//		errors.As(err, &e) // e.Field "birthDate", e.Position 5, ...
//	}
//	fmt.Println(doc.Number, doc.BirthDate)
//
// Package pnrgov uses these types in its model (Traveler.Documents, ...).
package ssr
