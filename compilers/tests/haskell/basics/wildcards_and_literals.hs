-- Literal patterns for numbers, characters and strings; wildcards.
vowel :: Char -> Bool
vowel 'a' = True
vowel 'e' = True
vowel 'i' = True
vowel 'o' = True
vowel 'u' = True
vowel _ = False

greet :: String -> String
greet "Ada" = "Countess"
greet "Charles" = "Mr Babbage"
greet name = name

score :: Int -> Int -> String
score 0 0 = "love all"
score _ 0 = "server leads"
score 0 _ = "receiver leads"
score _ _ = "rally"

main :: IO ()
main = do
  print (filter vowel "analytical engine")
  mapM_ (putStrLn . greet) ["Ada", "Charles", "Luigi"]
  mapM_ putStrLn [score 0 0, score 15 0, score 0 30, score 15 15]
-- expect: "aaiaeie"
-- expect: Countess
-- expect: Mr Babbage
-- expect: Luigi
-- expect: love all
-- expect: server leads
-- expect: receiver leads
-- expect: rally
