public class Main {
    static String[] words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) count++;
            inWord = letter;
        }
        String[] out = new String[count];
        int k = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) cur.append(Character.toLowerCase(c));
            else if (cur.length() > 0) {
                out[k++] = cur.toString();
                cur = new StringBuilder();
            }
        }
        return out;
    }

    public static void main(String[] args) {
        String text = "The Engine might act upon other things besides number; the Engine might compose music.";
        String[] ws = words(text);
        System.out.println(ws.length + " words");
        String longest = "";
        int engines = 0;
        for (String w : ws) {
            if (w.length() > longest.length()) longest = w;
            if (w.equals("engine")) engines++;
        }
        System.out.println("longest: " + longest);
        System.out.println("engine: " + engines);
        System.out.println("first: " + ws[0] + ", last: " + ws[ws.length - 1]);
    }
}
// expect: 14 words
// expect: longest: besides
// expect: engine: 2
// expect: first: the, last: music
