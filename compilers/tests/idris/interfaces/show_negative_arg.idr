-- showArg uses showPrec App, so a negative Integer argument of a constructor is parenthesised, as
-- in Just (-5) (primNumShow, libs/prelude/Prelude/Show.idr).
-- expect: Point (-1) 2
-- expect: [Point 0 (-3)]
data Point = MkP Integer Integer

Show Point where
  showPrec d (MkP x y) = showCon d "Point" (showArg x ++ showArg y)

main : IO ()
main = do
  printLn (MkP (-1) 2)
  printLn [MkP 0 (-3)]
