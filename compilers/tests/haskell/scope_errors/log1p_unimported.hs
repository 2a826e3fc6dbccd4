-- log1p is a method of Floating, but GHC 9.0's Prelude leaves it out: Numeric exports it.
main :: IO ()
main = print (log1p 0.5 :: Double)
-- error: 3:15: Variable not in scope: log1p
