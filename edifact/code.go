package edifact

// Code names a kind of diagnostic. Codes are stable strings, safe to match on.
type Code string

// Diagnostic codes. The comment gives the default severity; in strict mode every
// code of severity Warning or Error is returned as a *SyntaxError instead.
const (
	// Layout of the byte stream.
	CodeLineBreaks        Code = "line-breaks"        // info: CR/LF between segments
	CodeWhiteSpace        Code = "white-space"        // info: spaces or tabs between UNA and UNB, or after a segment tag
	CodeWrappedLine       Code = "wrapped-line"       // warning: CR/LF inside a segment, removed
	CodeLeadingBytes      Code = "leading-bytes"      // warning: BOM, Type B envelope or other bytes before UNA/UNB, skipped
	CodeTrailingBytes     Code = "trailing-bytes"     // warning: bytes after UNZ that start no interchange, skipped
	CodeMissingTerminator Code = "missing-terminator" // warning: the input ends inside a segment
	CodeDanglingRelease   Code = "dangling-release"   // warning: a release character with nothing to release
	CodeEmptySegment      Code = "empty-segment"      // warning: two terminators with nothing between
	CodeBadTag            Code = "bad-tag"            // error: a segment tag that is not three letters or digits

	// Service string advice and syntax identifier.
	CodeUNA        Code = "una"        // warning: UNA malformed or with clashing characters; read as best as possible
	CodeSeparators Code = "separators" // info: separators other than the defaults (UNA:(.) -, backslash, typographic apostrophe)
	CodeSyntaxID   Code = "syntax-id"  // warning: unknown or missing syntax identifier; bytes read as UTF-8 or ISO 8859-1
	CodeCharacter  Code = "character"  // warning: character outside the declared repertoire
	CodeLowerCase  Code = "lower-case" // warning: lower case letters under UNOA or IATA

	// Envelope structure and control values.
	CodeMissingUNB          Code = "missing-unb"          // error: segments before any UNB
	CodeMissingUNH          Code = "missing-unh"          // error: a message segment outside UNH..UNT
	CodeMissingUNT          Code = "missing-unt"          // error: a message not closed by UNT
	CodeMissingUNE          Code = "missing-une"          // error: a group not closed by UNE
	CodeMissingUNZ          Code = "missing-unz"          // warning: an interchange not closed by UNZ
	CodeUnexpectedUNE       Code = "unexpected-une"       // error: UNE without UNG
	CodeMixedGroups         Code = "mixed-groups"         // error: messages both inside and outside functional groups
	CodeSegmentCount        Code = "segment-count"        // warning: UNT 0074 does not match the segments counted
	CodeMessageCount        Code = "message-count"        // warning: UNE 0060 or UNZ 0036 does not match
	CodeReference           Code = "reference"            // warning: UNT/UNE/UNZ reference differs from its header's
	CodeMissingValue        Code = "missing-value"        // error: a mandatory envelope value is absent
	CodeInvalidValue        Code = "invalid-value"        // warning: an envelope value is malformed (a date, a count)
	CodeSeveralInterchanges Code = "several-interchanges" // info: more than one interchange in one input

	// Multi-part messages (Assemble).
	CodePartMissing   Code = "part-missing"   // error: a sequence number absent from a multi-part message
	CodeFinalMissing  Code = "final-missing"  // error: no part marked F (final)
	CodePartDuplicate Code = "part-duplicate" // warning: the same part number received twice; the first kept first

	// Limits: always errors, in every mode.
	CodeLimit Code = "limit"
	// CodeDiagnosticsTruncated (info) says that Limits.MaxDiagnostics was
	// reached and later diagnostics were dropped.
	CodeDiagnosticsTruncated Code = "diagnostics-truncated"
)

// codeInfo is the table behind each Code: default severity, sentinel error and
// the CONTRL syntax error code (data element 0085) used in acknowledgements.
type codeInfo struct {
	severity Severity
	err      error
	contrl   string
}

var codes = map[Code]codeInfo{
	CodeLineBreaks:           {Info, ErrSegment, ""},
	CodeWhiteSpace:           {Info, ErrSegment, ""},
	CodeWrappedLine:          {Warning, ErrCharacter, "21"},
	CodeLeadingBytes:         {Warning, ErrNotEDIFACT, "18"},
	CodeTrailingBytes:        {Warning, ErrEnvelope, "18"},
	CodeMissingTerminator:    {Warning, ErrTerminator, "18"},
	CodeDanglingRelease:      {Warning, ErrRelease, "22"},
	CodeEmptySegment:         {Warning, ErrSegment, "18"},
	CodeBadTag:               {Error, ErrSegment, "18"},
	CodeUNA:                  {Warning, ErrUNA, "20"},
	CodeSeparators:           {Info, ErrUNA, ""},
	CodeSyntaxID:             {Warning, ErrSyntaxID, "2"},
	CodeCharacter:            {Warning, ErrCharacter, "21"},
	CodeLowerCase:            {Warning, ErrCharacter, "21"},
	CodeMissingUNB:           {Error, ErrEnvelope, "13"},
	CodeMissingUNH:           {Error, ErrEnvelope, "15"},
	CodeMissingUNT:           {Error, ErrEnvelope, "13"},
	CodeMissingUNE:           {Error, ErrEnvelope, "13"},
	CodeMissingUNZ:           {Warning, ErrEnvelope, "13"},
	CodeUnexpectedUNE:        {Error, ErrEnvelope, "15"},
	CodeMixedGroups:          {Error, ErrEnvelope, "15"},
	CodeSegmentCount:         {Warning, ErrControlCount, "29"},
	CodeMessageCount:         {Warning, ErrControlCount, "29"},
	CodeReference:            {Warning, ErrReference, "28"},
	CodeMissingValue:         {Error, ErrEnvelope, "13"},
	CodeInvalidValue:         {Warning, ErrEnvelope, "12"},
	CodeSeveralInterchanges:  {Info, ErrEnvelope, ""},
	CodePartMissing:          {Error, ErrEnvelope, "13"},
	CodeFinalMissing:         {Error, ErrEnvelope, "13"},
	CodePartDuplicate:        {Warning, ErrEnvelope, "26"},
	CodeLimit:                {Error, ErrLimit, "18"},
	CodeDiagnosticsTruncated: {Info, ErrLimit, ""},
}

// Severity returns the code's default severity.
func (c Code) Severity() Severity {
	if i, ok := codes[c]; ok {
		return i.severity
	}
	return Error
}

// Err returns the sentinel error that a SyntaxError with this code unwraps to.
func (c Code) Err() error {
	if i, ok := codes[c]; ok {
		return i.err
	}
	return ErrSegment
}

// SyntaxErrorCode returns the CONTRL syntax error code (ISO 9735 data element
// 0085) that acknowledges a defect of this code, or "" when the code reports a
// harmless habit that needs no acknowledgement.
func (c Code) SyntaxErrorCode() string {
	if i, ok := codes[c]; ok {
		return i.contrl
	}
	return "18"
}
