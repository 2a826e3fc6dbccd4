-- Data.Char: ord, chr, isDigit, toUpper and neighbours.
import Data.Char (chr, digitToInt, isAlpha, isDigit, isLower, isSpace, isUpper, ord, toLower, toUpper)

main :: IO ()
main = do
  print (ord 'A', ord 'a', ord '0', chr 72, chr 105)
  print (map isDigit "a1b2", filter isDigit "year 1843")
  putStrLn (map toUpper "lovelace")
  putStrLn (map toLower "BABBAGE")
  print (isAlpha 'x', isAlpha '3', isSpace ' ', isSpace 'x', isUpper 'Q', isLower 'Q')
  print (map digitToInt "2026")
-- expect: (65,97,48,'H','i')
-- expect: ([False,True,False,True],"1843")
-- expect: LOVELACE
-- expect: babbage
-- expect: (True,False,True,False,True,False)
-- expect: [2,0,2,6]
