-- Reads numbers line by line until the end of the input (isEOF), skipping lines that are not numbers,
-- and prints running and final statistics.
import System.IO
import Text.Read (readMaybe)
import Control.Monad (unless, when)

data Stats = Stats { count :: Int, total :: Int, smallest :: Maybe Int, largest :: Maybe Int }
  deriving Show

addValue :: Stats -> Int -> Stats
addValue s x = s
  { count = count s + 1
  , total = total s + x
  , smallest = Just (maybe x (min x) (smallest s))
  , largest = Just (maybe x (max x) (largest s))
  }

loop :: Int -> Stats -> IO Stats
loop lineNo s = do
  done <- isEOF
  if done
    then return s
    else do
      line <- getLine
      case readMaybe line :: Maybe Int of
        Nothing -> do
          unless (null line) (hPutStrLn stderr ("skipping line " ++ show lineNo ++ ": " ++ line))
          loop (lineNo + 1) s
        Just x -> do
          let s' = addValue s x
          when (count s' `mod` 2 == 0) (putStrLn ("after " ++ show (count s') ++ " numbers: " ++ show (total s')))
          loop (lineNo + 1) s'

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  s <- loop 1 (Stats 0 0 Nothing Nothing)
  print s
  if count s > 0
    then putStrLn ("mean: " ++ show (fromIntegral (total s) / fromIntegral (count s) :: Double))
    else putStrLn "no numbers"
-- stdin: 10
-- stdin: 20
-- stdin: abc
-- stdin:
-- stdin: -5
-- stdin: 7
-- stdin: 3
-- expect: after 2 numbers: 30
-- expect: after 4 numbers: 32
-- expect: Stats {count = 5, total = 35, smallest = Just (-5), largest = Just 20}
-- expect: mean: 7.0
-- expect stderr: skipping line 3: abc
