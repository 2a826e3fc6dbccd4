-- Numbers below a thousand in English words.
units :: [String]
units = words "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"

tens :: [String]
tens = words "_ _ twenty thirty forty fifty sixty seventy eighty ninety"

say :: Int -> String
say n
  | n < 20 = units !! n
  | n < 100 = tens !! (n `div` 10) ++ (if n `mod` 10 == 0 then "" else "-" ++ units !! (n `mod` 10))
  | otherwise = units !! (n `div` 100) ++ " hundred" ++ (if n `mod` 100 == 0 then "" else " and " ++ say (n `mod` 100))

main :: IO ()
main = mapM_ (putStrLn . say) [0, 7, 13, 20, 42, 99, 100, 305, 999]
-- expect: zero
-- expect: seven
-- expect: thirteen
-- expect: twenty
-- expect: forty-two
-- expect: ninety-nine
-- expect: one hundred
-- expect: three hundred and five
-- expect: nine hundred and ninety-nine
