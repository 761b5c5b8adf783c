package privacy

// DefaultPatterns are the free-text patterns a Filter applies unless told
// otherwise: words in OSI and other remarks, SSR texts (OTHS), history lines
// and segments kept as sent that reveal health, religion or belief (EU
// directive 2016/681 art. 13(4)), in English as airline free text is
// written, and the special-meal and assistance codes when they appear in
// free text (an OSI "PAX REQ KSML"). Whole words only, so that a name or a
// locator that contains one does not match (BLINDER, HIVELY); hosts add
// their language's words with FilterOptions.Patterns (DefaultPatterns and
// their own).
//
// The categories of race or ethnic origin, political opinion, trade-union
// membership and sex life or orientation have no words here: in airline
// free text they appear too rarely, and their words too often as names
// (GAY, MOORE), for a default list to remove them without removing names;
// for the same reason words that are also surnames or given names
// (CHURCH, TEMPLE, CHRISTIAN, JAIN) are left out.
var DefaultPatterns = []Pattern{
	{Name: "mealCode", Reason: ReasonMeal, Words: []string{"AVML", "BBML", "BLML", "CHML", "DBML", "FPML", "GFML", "HFML",
		"HNML", "JPML", "KSML", "LCML", "LFML", "LPML", "LSML", "MOML", "NLML", "NFML", "ORML", "PFML", "PRML", "RVML",
		"SFML", "SPML", "VGML", "VJML", "VLML", "VOML"}},
	{Name: "meal", Reason: ReasonMeal, Words: []string{"KOSHER", "HALAL", "VEGAN", "VEGETARIAN", "HINDU MEAL", "MUSLIM MEAL",
		"JAIN MEAL", "GLUTEN FREE", "GLUTENFREE", "LACTOSE FREE", "DIABETIC MEAL", "LOW SALT", "LOW FAT"}},
	{Name: "assistanceCode", Reason: ReasonMedical, Words: []string{"WCHR", "WCHS", "WCHC", "WCHP", "WCBD", "WCBW", "WCMP",
		"WCOB", "WCLB", "MEDA", "MEDIF", "BLND", "DEAF", "DPNA", "OXYG", "POXY", "PPOC", "STCR", "LEGL", "LEGR", "MAAS"}},
	{Name: "health", Reason: ReasonHealth, Words: []string{"WHEELCHAIR", "WHEELCHAIRS", "WHEEL CHAIR", "STRETCHER", "OXYGEN",
		"DIALYSIS", "DIABET*", "EPILEP*", "PREGNAN*", "HIV", "AIDS", "CANCER", "CHEMO*", "ASTHMA*", "ALLERG*", "DISABL*",
		"BLIND", "AUTIS*", "DEMENTIA", "PSYCHIATR*", "MEDICAL", "MEDICATION", "INSULIN", "PACEMAKER", "CRUTCH", "CRUTCHES",
		"INJURED", "INJURY", "PARALY*", "SURGERY", "HOSPITAL"}},
	{Name: "belief", Reason: ReasonBelief, Words: []string{"MUSLIM", "ISLAMIC", "JEWISH", "CATHOLIC", "HINDU", "BUDDHIST",
		"SIKH", "HAJJ", "UMRAH", "PILGRIM*", "MOSQUE", "SYNAGOGUE", "RAMADAN", "SHABBAT", "SABBATH"}},
}
