-- Derived Enum: toEnum outside the range stops with GHC's message, at the deriving clause.
data Day = Mon | Tue | Wed
  deriving (Show, Enum, Bounded)
main :: IO ()
main = do
  print (map fromEnum [Mon ..], [Tue ..], [Wed, Tue ..], succ Mon, pred Wed)
  print (toEnum 7 :: Day)
-- expect: ([0,1,2],[Tue,Wed],[Wed,Tue,Mon],Tue,Tue)
-- GHC reports on stderr: toEnum{Day}: tag (7) is outside of enumeration's range (0,2)
-- expect runtime error: trap
-- expect exit: 1
