# stdin: Every line has words
# stdin: and 3 numbers like 4.5 and -2
# stdin:
# stdin: The End  
# stdin: no newline 1e2
import sys
lines = sys.stdin.readlines()
print(len(lines), "lines")
widths = [len(l.rstrip("\n")) for l in lines]
print("widths:", widths, "longest:", max(range(len(widths)), key=widths.__getitem__) + 1)
words = [w for l in lines for w in l.split()]
print(len(words), "words;", len(set(w.lower() for w in words)), "distinct")
numbers = []
for w in words:
    try:
        numbers.append(float(w))
    except ValueError:
        pass
print("numbers:", numbers, sum(numbers))
caps = [w for w in words if w[:1].isupper()]
print("capitalised:", caps)
for i, l in enumerate(lines, start=1):
    if "e" in l:
        print(f"{i:03d}: {l.rstrip()[::-1]}")
acr = "".join(w[0] for w in words if w.isalpha()).upper()
print(acr[:12], acr.count("T"))
print(repr(lines[-1]))
# expect: 5 lines
# expect: widths: [20, 29, 0, 9, 14] longest: 2
# expect: 16 words; 15 distinct
# expect: numbers: [3.0, 4.5, -2.0, 100.0] 105.5
# expect: capitalised: ['Every', 'The', 'End']
# expect: 001: sdrow sah enil yrevE
# expect: 002: 2- dna 5.4 ekil srebmun 3 dna
# expect: 004: dnE ehT
# expect: 005: 2e1 enilwen on
# expect: ELHWANLATENN 1
# expect: 'no newline 1e2\n'
