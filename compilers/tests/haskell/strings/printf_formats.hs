-- Text.Printf's printf: flags, widths, precisions and every conversion, as GHC's formats them (a precision
-- rounds half to even on the shortest digits; %x of a negative Int is its 64-bit two's complement).
import Text.Printf

main :: IO ()
main = do
  printf "%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|% .1f\n" (3.5 :: Double) (2.675 :: Double) (3.14159 :: Double) (2.5 :: Double) (-3.14159 :: Double) (2.0 :: Double) (2.0 :: Double)
  printf "%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%c|%s|%10s|%-10s|%%\n" (42 :: Int) (42 :: Int) (42 :: Int) (-42 :: Int) (7 :: Int) (255 :: Int) (255 :: Int) (8 :: Int) (5 :: Int) 'z' "hi" "right" "left"
  printf "%e|%.3e|%g|%g|%g|%.2g\n" (1234.5 :: Double) (0.000123 :: Double) (0.5 :: Double) (1e7 :: Double) (123.456 :: Double) (123.456 :: Double)
  printf "%.0f|%.1f|%.0f|%.3f|%f\n" (2.5 :: Double) (0.05 :: Double) (0.5 :: Double) (1e-5 :: Double) (1/3 :: Double)
  let s = printf "%d-%s" (1 :: Int) "x" :: String
  putStrLn s
  printf "%s has %d items costing %.2f\n" "cart" (3 :: Int) (9.999 :: Double)
  printf "%5.1f%%\n" (45.25 :: Double)
  printf "%d %d\n" (12345678901234567890 :: Integer) (-5 :: Integer)
  printf "%.3s|%v|%v\n" "abcdef" (3 :: Int) (1.5 :: Double)
  printf "plain\n"
  printf "%3c|%-3c|\n" 'a' 'b'
  printf "%x %X %o\n" (-255 :: Int) (3054 :: Int) (-8 :: Int)
  printf "%.5d|%8.3d|%#x|%#o\n" (42 :: Int) (-7 :: Int) (255 :: Int) (8 :: Int)
  printf "%*d|%-*d|\n" (6 :: Int) (42 :: Int) (4 :: Int) (7 :: Int)
  printf "%f %e %g\n" (-0.0 :: Double) (1/0 :: Double) (0/0 :: Double)
  printf "%.1e|%E|%G\n" (9.96 :: Double) (1.5e-10 :: Double) (2.5e-5 :: Double)
  printf "%5s|%-6.2f|%6.2e\n" "ab" (3.14159 :: Double) (31415.9 :: Double)
-- expect: 3.5|2.68|   3.142|2.5     |-0003.14|+2.0| 2.0
-- expect: 42|   42|42   |-0042|+7|ff|FF|10|101|z|hi|     right|left      |%
-- expect: 1.2345e3|1.230e-4|0.5|1.0e7|123.456|123.46
-- expect: 2|0.0|0|0.000|0.3333333333333333
-- expect: 1-x
-- expect: cart has 3 items costing 10.00
-- expect:  45.2%
-- expect: 12345678901234567890 -5
-- expect: abc|3|1.5
-- expect: plain
-- expect:   a|b  |
-- expect: ffffffffffffff01 BEE 1777777777777777777770
-- expect: 00042|    -007|0xff|010
-- expect:     42|7   |
-- expect: -0.0 Infinity NaN
-- expect: 1.0e1|1.5E-10|2.5E-5
-- expect:    ab|3.14  |3.14e4
