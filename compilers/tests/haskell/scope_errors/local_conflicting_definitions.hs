-- A name bound twice in one `where` (or `let`): GHC's words for a local binding, at the first one
-- (a module's name bound twice is "Multiple declarations", at the second).
area :: Double -> Double
area r = factor * r * r
  where
    factor = pi
    unit = 1
    factor = 3.14

main :: IO ()
main = print (area 2)
-- error: 6:5: Conflicting definitions for
