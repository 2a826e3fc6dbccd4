// java.lang.CharSequence, which String and StringBuilder implement: parameters, locals, fields, lists and
// arrays of it given either; its length(), charAt, subSequence, isEmpty, chars() and toString(); each
// method does what the value's class does (a builder's subSequence says "start", a string's "begin").
// String.join, StringBuilder.append and new StringBuilder(cs) take either, String.contains a builder;
// `instanceof String` and casts tell them apart. CharSequence is no Comparable.
import java.util.*;
import java.util.function.*;

public class Main {
    static CharSequence title = "Notes";

    static int count(CharSequence cs, char c) {
        int n = 0;
        for (int i = 0; i < cs.length(); i++) {
            if (cs.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static boolean palindrome(CharSequence cs) {
        for (int i = 0, j = cs.length() - 1; i < j; i++, j--) {
            if (cs.charAt(i) != cs.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    static <T extends CharSequence> int total(List<T> xs) {
        int n = 0;
        for (T x : xs) {
            n += x.length();
        }
        return n;
    }

    static String kind(CharSequence cs) {
        if (cs instanceof String s) {
            return "String " + s.toUpperCase();
        }
        if (cs instanceof StringBuilder b) {
            return "StringBuilder " + new StringBuilder(b).reverse();
        }
        return "null";
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("banana");
        System.out.println(count("banana", 'a') + " " + count(sb, 'n') + " " + palindrome(new StringBuilder("level")));
        CharSequence cs = sb;
        System.out.println(cs.subSequence(1, 3) + " " + cs.toString() + "!" + cs + " " + cs.isEmpty() + " " + title.isEmpty());
        System.out.println(kind(title) + ", " + kind(cs) + ", " + kind(null));
        System.out.println(String.join("-", cs, title, "x") + " " + new StringBuilder().append(cs).append(title));
        List<CharSequence> parts = new ArrayList<>(List.of("a", "b"));
        parts.add(new StringBuilder("cd"));
        System.out.println(parts + " " + String.join("+", parts) + " " + total(parts) + " " + total(List.of("xy", "z")));
        CharSequence[] arr = {"x", sb, null};
        System.out.println(Arrays.toString(arr) + " " + String.join(",", arr) + " " + arr.getClass().getName());
        Function<CharSequence, Integer> length = s -> s.length();
        System.out.println(length.apply(sb) + " " + length.apply("four"));
        List<CharSequence> mixed = new ArrayList<>(List.of("ccc", new StringBuilder("a"), "bb"));
        mixed.sort(Comparator.comparing(CharSequence::length));
        int sum = mixed.stream().mapToInt(CharSequence::length).sum();
        System.out.println(mixed + " " + sum + " " + new StringBuilder("<").append(cs, 1, 4).append(">") + " "
            + CharSequence.compare("abc", new StringBuilder("abd")));
        System.out.println(cs.chars().filter(ch -> ch == 'a').count() + " " + "an banana".contains(cs) + " " + "ban".contains(cs));
        boolean flag = args.length == 0;
        CharSequence either = flag ? "left" : sb;
        Object o = either;
        System.out.println(either.length() + " " + (o instanceof CharSequence) + " " + (o instanceof StringBuilder));
        o = sb;
        System.out.println((o instanceof CharSequence) + " " + (o instanceof StringBuilder) + " " + (o instanceof String));
        o = 42;
        try {
            CharSequence bad = (CharSequence) o;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            StringBuilder bad = (StringBuilder) title;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            title.charAt(9);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            cs.charAt(9);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            title.subSequence(2, 9);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        CharSequence none = null;
        System.out.println("none=" + none + " " + String.valueOf(none) + " " + cs.equals(sb) + " " + title.equals("Notes")
            + " " + "Notes".equals(title) + "banana".equals(cs) + "banana".equals((Object) "banana"));
        try {
            none.length();
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(cs.subSequence(4, 9));
    }
}
// expect: 3 2 true
// expect: an banana!banana false false
// expect: String NOTES, StringBuilder ananab, null
// expect: banana-Notes-x bananaNotes
// expect: [a, b, cd] a+b+cd 4 3
// expect: [x, banana, null] x,banana,null [Ljava.lang.CharSequence;
// expect: 6 4
// expect: [a, bb, ccc] 6 <ana> -1
// expect: 3 true false
// expect: 4 true false
// expect: true true false
// expect: class java.lang.Integer cannot be cast to class java.lang.CharSequence (java.lang.Integer and java.lang.CharSequence are in module java.base of loader 'bootstrap')
// expect: class java.lang.String cannot be cast to class java.lang.StringBuilder (java.lang.String and java.lang.StringBuilder are in module java.base of loader 'bootstrap')
// expect: String index out of range: 9
// expect: index 9, length 6
// expect: begin 2, end 9, length 5
// expect: none=null null true true truefalsetrue
// expect: Cannot invoke "java.lang.CharSequence.length()" because "<local11>" is null
// expect runtime error: trap 4
// expect stderr: at Main.main(char_sequence.java:109)
// expect exit: 1
