package ssr

// Reason says why an SSR code is sensitive data: the request may reveal
// religion or belief, or health, which EU directive 2016/681 art. 13(4)
// forbids a PIU to process.
type Reason string

// Reasons.
const (
	// ReasonMeal: a special meal, which may reveal religion or belief
	// (KSML, MOML, HNML) or health (DBML, GFML).
	ReasonMeal Reason = "meal"
	// ReasonMedical: a medical case, a disability or the assistance it
	// needs (MEDA, WCHR, BLND, DPNA), which reveals health.
	ReasonMedical Reason = "medical"
)

// sensitiveCodes are the SSR codes that reveal religion, belief or health.
//
// Source: the special meal and passenger-assistance codes of the IATA
// AIRIMP / Reservations Services Manual, as published in the SSR code
// lists of the reservation systems (the Galileo and Apollo SSR list; the
// Sabre notice of the IATA 2009 meal-code revision, which retired HFML,
// LPML, ORML and PRML and added VJML and VOML), and the categories of
// passengers with reduced mobility of ECAC Doc 30 section 5 (MEDA, STCR,
// WCHR, WCHS, WCHP, WCHC, BLND, DEAF, DPNA). These are the codes a PIU
// filters out of PNRs under art. 13(4). Codes IATA retired stay listed:
// old PNRs still carry them. POXY, PPOC, LEGL and LEGR are airlines' codes
// outside those lists; they name a medical device or an injury.
//
// Beside the table, Sensitive treats every code of the IATA meal pattern
// (four letters ending in ML: airline-specific meals such as LY's SKML or
// AA's JPML) as a meal, and every wheelchair code (beginning with WC: WCLB,
// WCEC, ...) as medical, so that a carrier's own variant is not let through.
//
// Not listed: DEPA and DEPU (a deportee, accompanied or not), INAD, UMNR,
// PETC, AVIH, EXST, CBBG and the document and contact codes (DOCS, CTCE):
// they reveal none of the art. 13(4) categories.
var sensitiveCodes = map[string]Reason{
	// Meals of the IATA list.
	"AVML": ReasonMeal, // Asian (Hindu) vegetarian
	"BBML": ReasonMeal, // baby
	"BLML": ReasonMeal, // bland
	"CHML": ReasonMeal, // child
	"DBML": ReasonMeal, // diabetic
	"FPML": ReasonMeal, // fruit platter
	"GFML": ReasonMeal, // gluten intolerant
	"HFML": ReasonMeal, // high fibre (retired 2009)
	"HNML": ReasonMeal, // Hindu
	"JNML": ReasonMeal, // Jain (a variant of VJML)
	"KSML": ReasonMeal, // kosher
	"LCML": ReasonMeal, // low calorie
	"LFML": ReasonMeal, // low fat, low cholesterol
	"LPML": ReasonMeal, // low protein (retired 2009)
	"LSML": ReasonMeal, // low salt
	"MOML": ReasonMeal, // Muslim
	"NLML": ReasonMeal, // low lactose
	"ORML": ReasonMeal, // oriental (retired 2009)
	"PRML": ReasonMeal, // low purine (retired 2009)
	"RVML": ReasonMeal, // raw vegetarian
	"SFML": ReasonMeal, // seafood
	"SPML": ReasonMeal, // special meal, specified in the free text
	"VGML": ReasonMeal, // vegan
	"VJML": ReasonMeal, // Jain vegetarian
	"VLML": ReasonMeal, // vegetarian lacto-ovo
	"VOML": ReasonMeal, // vegetarian oriental

	// Medical cases, disabilities and assistance.
	"MEDA": ReasonMedical, // medical case
	"STCR": ReasonMedical, // stretcher
	"OXYG": ReasonMedical, // oxygen needed on board
	"POXY": ReasonMedical, // the passenger's own oxygen
	"PPOC": ReasonMedical, // personal portable oxygen concentrator
	"WCHR": ReasonMedical, // wheelchair for the ramp
	"WCHS": ReasonMedical, // wheelchair for the steps
	"WCHC": ReasonMedical, // wheelchair to the cabin seat
	"WCHP": ReasonMedical, // on-board wheelchair (ECAC Doc 30)
	"WCOB": ReasonMedical, // on-board aisle wheelchair
	"WCMP": ReasonMedical, // own manual wheelchair
	"WCBD": ReasonMedical, // own wheelchair, dry-cell battery
	"WCBW": ReasonMedical, // own wheelchair, wet-cell battery
	"WCLB": ReasonMedical, // own wheelchair, lithium battery
	"BLND": ReasonMedical, // blind or visually impaired
	"DEAF": ReasonMedical, // deaf or hard of hearing
	"DPNA": ReasonMedical, // intellectual or developmental disability
	"SVAN": ReasonMedical, // service animal in the cabin
	"ESAN": ReasonMedical, // emotional support animal in the cabin
	"LEGL": ReasonMedical, // left leg in a cast
	"LEGR": ReasonMedical, // right leg in a cast
	"MAAS": ReasonMedical, // meet and assist
}

// Sensitive reports whether an SSR code (C334 9962: VGML, WCHR) reveals
// religion, belief or health, and why. It compares upper case and does not
// allocate.
func Sensitive(code string) (Reason, bool) {
	if len(code) != 4 {
		return "", false
	}
	var b [4]byte
	for i := range b {
		c := code[i]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c < 'A' || c > 'Z':
			return "", false // not an AIRIMP code
		}
		b[i] = c
	}
	if r, ok := sensitiveCodes[string(b[:])]; ok {
		return r, true
	}
	switch {
	case b[2] == 'M' && b[3] == 'L':
		return ReasonMeal, true
	case b[0] == 'W' && b[1] == 'C':
		return ReasonMedical, true
	}
	return "", false
}
