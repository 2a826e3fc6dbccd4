-- Data.Char past ASCII: accented Latin, Greek and Cyrillic letters are letters with their upper and lower
-- case, Latin-1's signs are punctuation or symbols, and its controls are controls, as GHC classifies them.
import Data.Char (isAlpha, isAlphaNum, isControl, isLower, isMark, isPrint, isPunctuation, isSpace, isSymbol, isUpper, toLower, toUpper)
import Data.List (group, sort)

capitalise :: String -> String
capitalise [] = []
capitalise (c : cs) = toUpper c : map toLower cs

letterFrequencies :: String -> [(Char, Int)]
letterFrequencies = map (\g -> (head g, length g)) . group . sort . map toLower . filter isAlpha

classify :: Char -> String
classify c
  | isUpper c = "upper"
  | isLower c = "lower"
  | isAlpha c = "letter"
  | isMark c = "mark"
  | isPunctuation c = "punctuation"
  | isSymbol c = "symbol"
  | isSpace c = "space"
  | isControl c = "control"
  | otherwise = "other"

main :: IO ()
main = do
  let text = "Ça va? Élodie a mangé une crème brûlée à Zürich, ΣΟΦΊΑ και Москва!"
  putStrLn (unwords (map capitalise (words text)))
  print (map toUpper "straße œuvre ñandú ǆ ς")
  print (map toLower "ÀÉÎÕÜ ŁÓDŹ ΑΒΓΔ ПРИВЕТ")
  print (letterFrequencies "Éé èÈ ça Ça")
  print (filter isAlphaNum "a-ß-1-²-½-€-µ")
  print (map classify "Aéǅʰ\769¡«£±\160\133ª日")
  print (length (filter isAlpha text), length (filter isUpper text))
  print (isPrint '\173', isPrint '\160', isSpace '\8195', isSpace '\133')
-- expect: Ça Va? Élodie A Mangé Une Crème Brûlée À Zürich, Σοφία Και Москва!
-- expect: "STRA\223E \338UVRE \209AND\218 \452 \931"
-- expect: "\224\233\238\245\252 \322\243d\378 \945\946\947\948 \1087\1088\1080\1074\1077\1090"
-- expect: [('a',2),('\231',2),('\232',2),('\233',2)]
-- expect: "a\223\&1\178\189\181"
-- expect: ["upper","lower","upper","letter","mark","punctuation","punctuation","symbol","symbol","space","control","letter","letter"]
-- expect: (51,9)
-- expect: (False,True,True,False)
