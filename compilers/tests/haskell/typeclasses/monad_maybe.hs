-- Maybe as a monad: a chain of lookups stops at the first Nothing.
phone :: [(String, String)]
phone = [("ada", "lovelace"), ("lovelace", "12"), ("babbage", "difference")]

chase :: String -> Maybe Int
chase start = do
  a <- lookup start phone
  b <- lookup a phone
  return (read b)

main :: IO ()
main = do
  print (chase "ada")
  print (chase "babbage")
  print (chase "nobody")
  print (Just 3 >>= \x -> if x > 2 then Just (x * 2) else Nothing)
  print (Just 1 >>= \x -> if x > 2 then Just (x * 2) else Nothing)
-- expect: Just 12
-- expect: Nothing
-- expect: Nothing
-- expect: Just 6
-- expect: Nothing
