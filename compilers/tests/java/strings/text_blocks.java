// Text blocks (JLS 3.10.6): the lines lose the indentation they share with the closing delimiter's line
// and their trailing blanks, then escapes are translated (\s a space, a backslash ending a line joins
// it to the next, \""" the delimiter's quotes); a text block is a constant, interned as a literal.
public class Main {
    public static void main(String[] args) {
        String block = """
            Hello,
              World!
            """;
        System.out.print(block);
        String json = """
            {
              "name": "Ada",\t
              "tags": ["a", "b"]   
            }""";
        System.out.println(json);
        String joined = """
            one \
            two\s
            three \"""quoted\"""
                """;
        System.out.print("[" + joined + "]");
        String empty = """
            """;
        System.out.println(empty.isEmpty() + " " + empty.length());
        String mixed = """
              deeper
            shallow

            after blank
            """;
        System.out.print(mixed);
        System.out.println("""
            a""" + """
            b
            """.length() + ("""
            x""" == "x"));
    }
}
// expect: Hello,
// expect:   World!
// expect: {
// expect:   "name": "Ada",	
// expect:   "tags": ["a", "b"]
// expect: }
// expect: [one two 
// expect: three """quoted"""
// expect: ]true 0
// expect:   deeper
// expect: shallow
// expect:
// expect: after blank
// expect: a2true
