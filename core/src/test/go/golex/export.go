// Package parse (directory golex) exports the item stream of Go's own text/template lexer.
//
// The build script (../build-parsereport.sh) copies lex.go from the toolchain's GOROOT next to
// this file, so the items are exactly the ones Go's parser reads. lex.go is never committed:
// conformance must follow whatever toolchain runs it, not a copy that could drift.
package parse

// Pos is a byte offset into the input; node.go defines it in the real package.
type Pos int

// Item is one lexer item with its type name, byte position, value and line.
type Item struct {
	Type string
	Pos  int
	Val  string
	Line int
}

var typeNames = map[itemType]string{
	itemError: "error", itemBool: "bool", itemChar: "char", itemCharConstant: "charconst",
	itemComment: "comment", itemComplex: "complex", itemAssign: "assign", itemDeclare: "declare",
	itemEOF: "eof", itemField: "field", itemIdentifier: "identifier", itemLeftDelim: "leftdelim",
	itemLeftParen: "leftparen", itemNumber: "number", itemPipe: "pipe", itemRawString: "rawstring",
	itemRightDelim: "rightdelim", itemRightParen: "rightparen", itemSpace: "space", itemString: "string",
	itemText: "text", itemVariable: "variable", itemBlock: "block", itemBreak: "break",
	itemContinue: "continue", itemDot: "dot", itemDefine: "define", itemElse: "else", itemEnd: "end",
	itemIf: "if", itemNil: "nil", itemRange: "range", itemTemplate: "template", itemWith: "with",
}

// Items lexes input like parse.Tree does in ParseComments|SkipFuncCheck mode without functions
// (comments emitted, break/continue are keywords) and returns every item up to EOF or an error.
func Items(input, left, right string) []Item {
	l := lex("golex", input, left, right)
	l.options = lexOptions{emitComment: true, breakOK: true, continueOK: true}
	var out []Item
	for {
		it := l.nextItem()
		out = append(out, Item{Type: typeNames[it.typ], Pos: int(it.pos), Val: it.val, Line: it.line})
		if it.typ == itemEOF || it.typ == itemError {
			return out
		}
	}
}

// HasLeftTrimMarker reports whether s starts with Go's left trim marker ("-" plus one space).
func HasLeftTrimMarker(s string) bool { return hasLeftTrimMarker(s) }

// HasRightTrimMarker reports whether s starts with Go's right trim marker (one space plus "-").
func HasRightTrimMarker(s string) bool { return hasRightTrimMarker(s) }

// TrimMarkerLen is the length in bytes of a trim marker including its space.
const TrimMarkerLen = int(trimMarkerLen)
