@echo off
rem aima-prep, the command line of the installed app (Windows). It sits beside "AIMA Prep.exe" and runs
rem the bundled command line (resources\app.asar\out\main\cli.js) on the app's own Electron as Node.
setlocal
set ELECTRON_RUN_AS_NODE=1
"%~dp0AIMA Prep.exe" "%~dp0resources\app.asar\out\main\cli.js" %*
exit /b %ERRORLEVEL%
