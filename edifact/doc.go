// Package edifact reads and writes UN/EDIFACT interchanges (ISO 9735 v3 and v4).
package edifact
