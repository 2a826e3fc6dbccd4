-- A record update of a field its constructor lacks: GHC's failed match names the update's span.
data Shape = Circle { radius :: Double } | Rect { width :: Double, height :: Double }
  deriving Show

grow :: Shape -> Shape
grow s = s { width = width s * 2 }

main :: IO ()
main = do
  print (grow (Rect 1 2))
  print (map radius [Circle 1.5])
  print (grow (Circle 3))
-- expect: Rect {width = 2.0, height = 2.0}
-- expect: [1.5]
-- GHC reports on stderr: record_update_no_match.hs:6:10-34: Non-exhaustive patterns in record update
-- expect runtime error: trap
-- expect exit: 1
