-- Numeric's readers (readHex, readOct, readDec, readInt, readSigned) and showInt, showFloat, showSigned:
-- a colour parser and a permission decoder. Checked against GHC 9.0.2; showInt of a negative number
-- stops with GHC's message.
import Numeric (readDec, readHex, readInt, readOct, readSigned, showFloat, showHex, showInt, showSigned)

data RGB = RGB Int Int Int deriving Show

parseColour :: String -> Maybe RGB
parseColour ('#' : hex)
  | length hex == 6 = RGB <$> byte (take 2 hex) <*> byte (take 2 (drop 2 hex)) <*> byte (drop 4 hex)
  where
    byte s = case readHex s of
      [(v, "")] -> Just v
      _ -> Nothing
parseColour _ = Nothing

permissions :: String -> String
permissions s = case readOct s :: [(Int, String)] of
  [(n, "")] -> concatMap triple [n `div` 64, n `div` 8 `mod` 8, n `mod` 8]
  _ -> "?"
  where
    triple d = [if d >= 4 then 'r' else '-', if odd (d `div` 2) then 'w' else '-', if odd d then 'x' else '-']

main :: IO ()
main = do
  mapM_ (print . parseColour) ["#ff8000", "#FFFFFF", "#12345g", "123456"]
  mapM_ (putStrLn . permissions) ["755", "640", "9"]
  print (readHex "ff rest" :: [(Int, String)], readHex " ff" :: [(Int, String)], readDec "0123abc" :: [(Integer, String)])
  print (fst (head (readHex "7fffffffffffffff1" :: [(Int, String)])))
  print (readInt 2 (`elem` "01") (\c -> fromEnum c - 48) "1011 x" :: [(Int, String)])
  print (readSigned readDec "-12 z" :: [(Int, String)], readSigned readDec "(7)" :: [(Int, String)])
  putStrLn (showFloat (3.25 :: Double) "" ++ " " ++ showFloat (-0.1 :: Double) "" ++ " " ++ showFloat (1e22 :: Double) "")
  putStrLn (showSigned showInt 0 (-5 :: Int) "" ++ " " ++ showSigned showInt 7 (-5 :: Int) "" ++ " " ++ showHex (48879 :: Int) "")
  putStrLn (showInt (42 :: Int) "!")
  putStrLn (showInt (-3 :: Int) "")
-- expect: Just (RGB 255 128 0)
-- expect: Just (RGB 255 255 255)
-- expect: Nothing
-- expect: Nothing
-- expect: rwxr-xr-x
-- expect: rw-r-----
-- expect: ?
-- expect: ([(255," rest")],[],[(123,"abc")])
-- expect: -15
-- expect: [(11," x")]
-- expect: ([(-12," z")],[(7,"")])
-- expect: 3.25 -0.1 1.0e22
-- expect: -5 (-5) beef
-- expect: 42!
-- GHC reports on stderr: prog: Numeric.showInt: can't show negative numbers
-- expect runtime error: trap
-- expect exit: 1
