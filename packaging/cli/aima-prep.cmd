@echo off
rem aima-prep, the command line of the installed app (Windows). It sits beside "AIMA Prep.exe" and runs
rem the bundled command line (resources\app.asar\out\main\cli.js) on the app's own Electron as Node.
setlocal
set ELECTRON_RUN_AS_NODE=1
rem A batch with more than one job (the default on a machine with several cores) gets the V8 flags the Linux
rem and macOS launcher gives it, for the same reasons (packaging/cli/aima-prep says them; bench/results.md,
rem sessions 9 and 12): V8's garbage collection on the batch's own threads, and 128 MB of old space per heap.
rem `--jobs 1`, `--jobs=1` and the other commands run with V8's defaults. Windows has no glibc allocator to set.
set "flags="
if /i "%~1"=="batch" set "flags=--single-threaded-gc --initial-old-space-size=128"
call :one_job %*
"%~dp0AIMA Prep.exe" %flags% "%~dp0resources\app.asar\out\main\cli.js" %*
exit /b %ERRORLEVEL%

rem Clears the flags when the arguments ask for one job. Reads a copy of the arguments (call), so the command
rem line above is passed on as the person typed it. cmd splits arguments at "=" as at spaces, so here
rem --jobs=1 arrives as --jobs and 1, as --jobs 1 does.
:one_job
if "%~1"=="" exit /b 0
if "%~1"=="--jobs" if "%~2"=="1" set "flags="
shift
goto one_job
