-- Data.String: text split into words and lines, as Idris 2's base library gives them (words splits at
-- runs of white space and drops empty words; lines splits at newlines, with no empty last line).

isSpaceChar : Char -> Bool
isSpaceChar c = c == ' ' || c == '\t' || c == '\n' || c == '\r'

-- The word being read is kept reversed in the first argument.
endWord : List Char -> List String -> List String
endWord [] rest = rest
endWord cur rest = pack (reverse cur) :: rest

wordsFrom : List Char -> List Char -> List String
wordsFrom cur [] = endWord cur []
wordsFrom cur (c :: cs) =
  if isSpaceChar c then endWord cur (wordsFrom [] cs) else wordsFrom (c :: cur) cs

words : String -> List String
words s = wordsFrom [] (unpack s)

linesFrom : List Char -> List Char -> List String
linesFrom cur [] = endWord cur []
linesFrom cur (c :: cs) =
  if c == '\n' then pack (reverse cur) :: linesFrom [] cs else linesFrom (c :: cur) cs

lines : String -> List String
lines s = linesFrom [] (unpack s)
