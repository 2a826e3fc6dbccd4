def is_palindrome(s):
    s = s.lower()
    letters = [c for c in s if c.isalpha()]
    return letters == letters[::-1]

for w in ["Racecar", "Engine", "A man a plan a canal Panama"]:
    print(w, is_palindrome(w))
# expect: Racecar True
# expect: Engine False
# expect: A man a plan a canal Panama True
