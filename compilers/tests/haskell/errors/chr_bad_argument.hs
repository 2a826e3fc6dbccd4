-- chr and toEnum at Char outside 0..0x10FFFF stop with GHC's message naming the argument.
import Data.Char (chr, ord)

shift :: Int -> Char -> Char
shift n c = chr (ord c + n)

main :: IO ()
main = do
  putStrLn (map (shift 1) "HAL")
  print (toEnum 955 :: Char, [chr 65 ..] !! 2)
  putStrLn (map (shift (-100)) "abc")
-- expect: IBM
-- expect: ('\955','C')
-- GHC reports on stderr: Prelude.chr: bad argument: (-3)
-- expect runtime error: trap
-- expect exit: 1
