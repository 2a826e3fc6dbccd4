-- Numeric's log1p, expm1, log1pexp and log1mexp at Double (log1p and expm1 glibc's, as GHC calls them):
-- precise where log (1 + x) and exp x - 1 lose the small x.
import Numeric (log1p, expm1, log1pexp, log1mexp, showEFloat)

main :: IO ()
main = do
  print (log1p 1.0e-10 :: Double, log (1 + 1.0e-10) :: Double)
  print (expm1 1.0e-10 :: Double, exp 1.0e-10 - 1 :: Double)
  print (map log1p [0.5, 2.0, -0.5, 1.0e300 :: Double], map expm1 [1.0, -1.0, 0.3, 40.0 :: Double])
  print (map log1pexp [-50, -1, 0, 10, 50, 200 :: Double])
  print (map log1mexp [-50, -1, -0.1, -1.0e-5 :: Double])
  print (log1p (-1) :: Double, isNaN (log1p (-2) :: Double), expm1 (-1000) :: Double, expm1 1000 :: Double)
  putStrLn (showEFloat (Just 4) (expm1 (1.0e-3 :: Double)) "")
-- expect: (9.999999999500001e-11,1.000000082690371e-10)
-- expect: (1.00000000005e-10,1.000000082740371e-10)
-- expect: ([0.4054651081081644,1.0986122886681096,-0.6931471805599453,690.7755278982137],[1.718281828459045,-0.6321205588285577,0.3498588075760031,2.3538526683701997e17])
-- expect: [1.9287498479639178e-22,0.31326168751822286,0.6931471805599453,10.000045398899218,50.0,200.0]
-- expect: [-1.9287498479639178e-22,-0.45867514538708193,-2.3521684610440907,-11.512930464966061]
-- expect: (-Infinity,True,-1.0,Infinity)
-- expect: 1.0005e-3
