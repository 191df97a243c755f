// Vite `?url` imports: the URL of an asset bundled with the app (e.g. pdf.js's worker).
declare module '*?url' {
  const url: string;
  export default url;
}
