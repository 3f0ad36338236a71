import Testing

@testable import SitegenCore

@Suite struct SyntaxHighlighterTests {
    func html(_ code: String, _ language: String) -> String {
        Node.group(SyntaxHighlighter.nodes(code, language: language)).rendered
    }

    @Test func pythonKeywordsBuiltinsAndDefinitions() {
        #expect(
            html("def f(x):\n    return print(x)\n", "python")
                == #"<span class="hl-kw">def</span> <span class="hl-fn">f</span>(x):"#
                + "\n    "
                + #"<span class="hl-kw">return</span> <span class="hl-bi">print</span>(x)"#
                + "\n")
    }

    @Test func pythonStringsAndPrefixes() {
        #expect(
            html("s = f\"{a}<b>\" + rb'\\'' + \"\"\"x\"y\"\"\" ", "python")
                == #"s = <span class="hl-str">f"{a}&lt;b&gt;"</span> + "#
                + #"<span class="hl-str">rb'\''</span> + <span class="hl-str">"""x"y"""</span> "#)
    }

    @Test func pythonTripleQuotedSpansLines() {
        #expect(
            html("'''a\nb''' # c\n", "python")
                == "<span class=\"hl-str\">'''a\nb'''</span> <span class=\"hl-com\"># c</span>\n")
    }

    @Test func pythonNumbersAndDecorators() {
        #expect(
            html("@functools.cache\nx = 1_000 + 0x1F + 1e-5 + .5j\n", "python")
                == #"<span class="hl-dec">@functools.cache</span>"# + "\n"
                + #"x = <span class="hl-num">1_000</span> + <span class="hl-num">0x1F</span> + "#
                + #"<span class="hl-num">1e-5</span> + <span class="hl-num">.5j</span>"# + "\n")
    }

    @Test func pythonMethodNamedLikeBuiltinIsPlain() {
        #expect(html("a.print(b @ c)", "python") == "a.print(b @ c)")
    }

    @Test func pythonUnterminatedStringStopsAtLineEnd() {
        #expect(html("'abc\nx", "python") == "<span class=\"hl-str\">'abc</span>\nx")
    }

    @Test func swiftCommentsStringsAttributes() {
        #expect(
            html("@Test func go() { /* a /* b */ */ let s = #\"q\"\"# // done\n}", "swift")
                == #"<span class="hl-dec">@Test</span> <span class="hl-kw">func</span> "#
                + #"<span class="hl-fn">go</span>() { <span class="hl-com">/* a /* b */ */</span> "#
                + ##"<span class="hl-kw">let</span> s = <span class="hl-str">#"q""#</span> "##
                + #"<span class="hl-com">// done</span>"# + "\n}")
    }

    @Test func swiftTypesNumbersDirectives() {
        #expect(
            html("#if os(Linux)\nlet n: Int = 42\n#endif", "swift")
                == #"<span class="hl-kw">#if</span> os(<span class="hl-ty">Linux</span>)"# + "\n"
                + #"<span class="hl-kw">let</span> n: <span class="hl-ty">Int</span> = "#
                + #"<span class="hl-num">42</span>"# + "\n" + #"<span class="hl-kw">#endif</span>"#)
    }

    @Test func shellVariablesInsideDoubleQuotes() {
        #expect(
            html("echo \"hi $USER\" '$x' # note\n", "sh")
                == #"<span class="hl-bi">echo</span> <span class="hl-str">"hi </span>"#
                + #"<span class="hl-var">$USER</span><span class="hl-str">"</span> "#
                + #"<span class="hl-str">'$x'</span> <span class="hl-com"># note</span>"# + "\n")
    }

    @Test func shellKeywordsOnlyAsWholeWords() {
        #expect(
            html("for f in *.txt; do cat fi.txt ${f}; done\necho $#", "bash")
                == #"<span class="hl-kw">for</span> f <span class="hl-kw">in</span> *.txt; "#
                + #"<span class="hl-kw">do</span> <span class="hl-bi">cat</span> fi.txt "#
                + #"<span class="hl-var">${f}</span>; <span class="hl-kw">done</span>"# + "\n"
                + #"<span class="hl-bi">echo</span> <span class="hl-var">$#</span>"#)
    }

    @Test func unknownLanguageIsEscapedPlainText() {
        #expect(html("<b>&", "ruby") == "&lt;b&gt;&amp;")
    }

    @Test func nonASCIIStaysWhole() {
        #expect(
            html("s = 'é' # ü\n", "python")
                == "s = <span class=\"hl-str\">'é'</span> <span class=\"hl-com\"># ü</span>\n")
    }
}
