-- comparing lives in Data.Ord, which this program does not import.
import Data.List (sortBy)

main :: IO ()
main = print (sortBy (comparing snd) [(1 :: Int, 'b'), (2, 'a')])
-- error: 5:23: Variable not in scope: comparing
