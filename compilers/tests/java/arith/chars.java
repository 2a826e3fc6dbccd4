public class Main {
    public static void main(String[] args) {
        char c = 'a';
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        int code = c;
        System.out.println(code);
        System.out.println((char) (c + 1));
        System.out.println(c + 1);
        char z = (char) 65;
        System.out.println(z);
        for (char ch = 'x'; ch <= 'z'; ch++) System.out.print(ch);
        System.out.println();
        System.out.println('\t' + 0);
        System.out.println("tab[\t] quote[\"] backslash[\\] apos[\']");
        char u = '\u0041';
        System.out.println(u);
        System.out.println((int) '\n');
    }
}
// expect: b
// expect: d
// expect: 100
// expect: e
// expect: 101
// expect: A
// expect: xyz
// expect: 9
// expect: tab[	] quote["] backslash[\] apos[']
// expect: A
// expect: 10
