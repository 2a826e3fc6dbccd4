-- System.IO: buffering and flushing (nothing to see here, as in GHC's output), the standard handles,
-- hPutStrLn stderr (standard error, not the output), hPrint, hGetLine stdin.
import System.IO

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  putStr "Enter a number: "
  hFlush stdout
  n <- fmap read getLine :: IO Int
  hPutStrLn stderr ("got " ++ show n)
  hPutStr stdout "double: "
  hPrint stdout (2 * n)
  line <- hGetLine stdin
  hPutStrLn stderr line
  print (stdout, stderr, LineBuffering, BlockBuffering (Just 4), stdout == stdout)
-- stdin: 21
-- stdin: bye
-- expect: Enter a number: double: 42
-- expect: ({handle: <stdout>},{handle: <stderr>},LineBuffering,BlockBuffering (Just 4),True)
