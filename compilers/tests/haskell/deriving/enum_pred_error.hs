-- Derived Enum: pred of the first constructor stops with GHC's message.
data Day = Mon | Tue | Wed deriving (Show, Enum)
main :: IO ()
main = print (pred Mon)
-- GHC reports on stderr: pred{Day}: tried to take `pred' of first tag in enumeration
-- expect runtime error: trap
-- expect exit: 1
