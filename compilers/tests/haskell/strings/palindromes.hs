-- Palindromes, ignoring case and anything that is not a letter.
import Data.Char (isAlpha, toLower)

isPalindrome :: String -> Bool
isPalindrome s = cleaned == reverse cleaned
  where
    cleaned = map toLower (filter isAlpha s)

main :: IO ()
main = mapM_ (\s -> putStrLn (s ++ ": " ++ show (isPalindrome s)))
  ["racecar", "A man, a plan, a canal: Panama!", "Analytical", ""]
-- expect: racecar: True
-- expect: A man, a plan, a canal: Panama!: True
-- expect: Analytical: False
-- expect: : True
