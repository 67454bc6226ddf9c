@testable import RegioDashCore
import Testing

@Suite("CSV reader: spreadsheet dialects")
struct CSVReaderTests {
    private func read(_ text: String) -> (Character, [[String]], Diagnostics) {
        var diagnostics = Diagnostics()
        let (separator, records) = CSVReader.read(textFile(text), diagnostics: &diagnostics)
        return (Character(Unicode.Scalar(separator)), records.map { $0.fields.map(\.value) }, diagnostics)
    }

    @Test("comma separated with LF")
    func comma() {
        let (separator, rows, diagnostics) = read("a,b,c\n1,2,3\n")
        #expect(separator == ",")
        #expect(rows == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(diagnostics.all.isEmpty)
    }

    @Test("semicolon separated, as Dutch Excel exports, with decimal commas intact")
    func semicolon() {
        let (separator, rows, _) = read("a;b\r\n1,5;2\r\n")
        #expect(separator == ";")
        #expect(rows == [["a", "b"], ["1,5", "2"]])
    }

    @Test("CRLF and old Mac CR line ends")
    func lineEnds() {
        #expect(read("a,b\r\n1,2\r\n").1 == [["a", "b"], ["1", "2"]])
        #expect(read("a,b\r1,2\r").1 == [["a", "b"], ["1", "2"]])
    }

    @Test("RFC 4180 quoting: separators, doubled quotes and line ends inside quotes")
    func quoting() {
        let (_, rows, diagnostics) = read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n")
        #expect(rows == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"]])
        #expect(diagnostics.all.isEmpty)
    }

    @Test("blank rows and rows of separators only are skipped")
    func blankRows() {
        #expect(read("a;b\n\n1;2\n;;\n").1 == [["a", "b"], ["1", "2"]])
    }

    @Test("fields know their line and column, counted in characters")
    func positions() {
        var diagnostics = Diagnostics()
        let (_, records) = CSVReader.read(textFile("naam,waarde\nOekraïne,\"7\"\n"), diagnostics: &diagnostics)
        let field = records[1].fields[1]
        #expect(field.line == 2)
        #expect(field.column == 10)
    }

    @Test("an unterminated quote is an error at the quote, and reading goes on at the next line")
    func unterminatedQuote() {
        let (_, rows, diagnostics) = read("a,b\n1,\"open\n2,3\n")
        #expect(diagnostics.errorLines.count == 1)
        #expect(diagnostics.errorLines.first?.hasPrefix("2:3 unterminated quote") == true)
        #expect(rows == [["a", "b"], ["2", "3"]])
    }

    @Test("text after a closing quote is an error at that text")
    func textAfterQuote() {
        let (_, rows, diagnostics) = read("a,b\n\"x\"y,1\n2,3\n")
        #expect(diagnostics.errorLines.count == 1)
        #expect(diagnostics.errorLines.first?.hasPrefix("2:4 text after a closing quote") == true)
        #expect(rows == [["a", "b"], ["2", "3"]])
    }
}
