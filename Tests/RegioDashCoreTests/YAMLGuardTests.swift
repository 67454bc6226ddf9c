@_spi(Fuzzing) @testable import RegioDashCore
import Testing

@Suite("YAML: anchors refused, simple front matter read fast and the same")
struct YAMLGuardTests {
    @Test("anchors are found where a value starts", arguments: [
        ("a: &x 1\n", 1, 4), ("list:\n  - &item x\n", 2, 5), ("flow: [1, &x 2]\n", 1, 11),
        ("? &k key\n: v\n", 1, 3), ("a: 1\nb: {c: &d e}\n", 2, 8),
    ])
    func anchors(yaml: String, line: Int, column: Int) {
        let found = YAMLAnchors.first(in: yaml)
        #expect(found == YAMLAnchors.Found(line: line, column: column, isAlias: false))
    }

    @Test("anchors behind tags and aliases are found as libyaml reads them", arguments: [
        ("title: !!str &a T\nsummary: *a\n", 1, 8, false), ("anchor: !local &anchor value\n", 1, 9, false),
        ("a: !!seq &s [x]\n", 1, 4, false), ("title: *undefined\n", 1, 8, true), ("- !t &x [1]\n", 1, 3, false),
    ])
    func taggedAnchors(yaml: String, line: Int, column: Int, isAlias: Bool) {
        #expect(YAMLAnchors.first(in: yaml) == YAMLAnchors.Found(line: line, column: column, isAlias: isAlias))
    }

    @Test("an & in text is no anchor", arguments: [
        "title: A & B\n", "title: \"&x\"\n", "title: '&x'\n", "title: x # &comment\n", "title: Jansen&Zn\n",
        "summary: |\n  &nbsp; and\n  - &x in a block\nnext: 1\n", "summary: >-\n  &x\n", "title: \"it's \\\" &x\"\n",
        "title: 'it''s &x'\n", "title: & alone\n",
    ])
    func notAnchors(yaml: String) {
        #expect(YAMLAnchors.first(in: yaml) == nil)
    }

    @Test("simple front matter is read by the fast path exactly as by the parser", arguments: [
        "title: Ondermijning in Raalte, 2022\nsummary: Eén integrale controle.\n",
        "title:   Veel spaties   \nstatus: draft\n", "title: 2022\n", "\r\ntitle: x\r\nsummary: y\r\n",
        "title: Verslag (2022) — € 1.234,5; 69% gehaald!\n",
    ])
    func fastPath(yaml: String) {
        #expect(SimpleYAML.mapping(yaml) != nil)
        #expect(SimpleYAML.agreesWithParser(yaml))
    }

    @Test("anything else goes to the parser", arguments: [
        "title: \"quoted\"\n", "title: a: b\n", "title: x # comment\n", "title:\n", "title: x\n  more\n",
        "title: x\ntitle: y\n", "- a\n", "title: [a]\n", "title: *alias\n", "title: yes\n", "title: ~\n",
        "title: |\n  block\n", "title:\tx\n", "Key with space: x\n",
    ])
    func declined(yaml: String) {
        #expect(SimpleYAML.mapping(yaml) == nil)
    }
}
