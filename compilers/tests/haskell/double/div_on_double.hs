-- div is integer division: a Double has no Integral instance (use / instead).
main :: IO ()
main = print (div (7.5 :: Double) 2)
-- error: 3:15: No instance for (Integral Double) arising from a use of ‘div’
