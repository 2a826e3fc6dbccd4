# stdin: The quick brown fox jumps over the lazy dog.
# stdin: The dog barks; the fox runs away!
# stdin: A quick brown dog? No -- a quick red fox.
# stdin: It is the fox, and it is quick.
# stdin: "Quick," said the dog. (Very quick.)
"""Word frequencies of a text read from standard input."""
import sys

STOP_WORDS = {"the", "a", "an", "and", "of", "to", "in", "is", "it"}


def normalise(word):
    return word.strip(".,;:!?\"'()").lower()


def count_words(lines):
    counts = {}
    total = 0
    for line in lines:
        for raw in line.split():
            word = normalise(raw)
            if not word or word in STOP_WORDS:
                continue
            counts[word] = counts.get(word, 0) + 1
            total += 1
    return counts, total


def main():
    lines = sys.stdin.readlines()
    counts, total = count_words(lines)
    print(f"{len(lines)} lines, {total} words, {len(counts)} distinct")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max(len(w) for w, _ in ranked[:10])
    for rank, (word, n) in enumerate(ranked[:10], start=1):
        bar = "#" * n
        print(f"{rank:>2}. {word:<{width}} {n:3d} {bar}")
    longest = max(counts, key=len)
    print("longest word:", longest, len(longest))
    letters = {}
    for word in counts:
        first = word[0]
        letters.setdefault(first, []).append(word)
    for letter in sorted(letters)[:5]:
        print(letter, "->", ", ".join(sorted(letters[letter])))
    print("share of top word: {:.1%}".format(ranked[0][1] / total))


if __name__ == "__main__":
    main()
# expect: 5 lines, 27 words, 15 distinct
# expect:  1. quick   6 ######
# expect:  2. dog     4 ####
# expect:  3. fox     4 ####
# expect:  4. brown   2 ##
# expect:  5. --      1 #
# expect:  6. away    1 #
# expect:  7. barks   1 #
# expect:  8. jumps   1 #
# expect:  9. lazy    1 #
# expect: 10. no      1 #
# expect: longest word: quick 5
# expect: - -> --
# expect: a -> away
# expect: b -> barks, brown
# expect: d -> dog
# expect: f -> fox
# expect: share of top word: 22.2%
