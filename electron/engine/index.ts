/** The document engine (Node only): files in, an upload-ready folder and a report out. */
export { detectKind } from './detect';
export { inspectInput, type InspectedInput } from './inspect';
export { prepareCase, type CategoryRequest, type PrepareOptions, type PrepareResult } from './pipeline';
export { openPdf } from './pdf/open-pdf';
export { imageToPdf } from './image/images-to-pdf';
export { prepareInput, type InputRequest } from './stages/prepare-input';
