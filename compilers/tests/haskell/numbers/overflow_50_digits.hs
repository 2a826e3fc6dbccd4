-- Integer is unbounded in GHC; on the Engine it holds 50 digits, and a larger value stops the run
-- with the overflow trap (the language's README documents this). GHC prints 10^60 instead, so this
-- program is not compared with GHC: only the output before the trap, which is GHC's.
main :: IO ()
main = do
  print (2 ^ 100 :: Integer)
  print (10 ^ 40 :: Integer)
  print (10 ^ 60 :: Integer)
-- expect: 1267650600228229401496703205376
-- expect: 10000000000000000000000000000000000000000
-- expect runtime error: overflow
