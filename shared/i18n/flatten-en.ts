/**
 * English strings of the straightened-photo preview on a document card (issue 15): a phone photo of
 * a page is flattened into a scan, and the person sees it before and after and can keep the original.
 */
export const flattenEn = {
  show: 'Compare the photo with the straightened page',
  showFor: 'Compare {{file}} with the straightened page',
  hide: 'Hide the comparison',
  loading: 'Preparing the comparison…',
  failed: 'The comparison could not be shown: {{message}}',
  title: 'Photo straightened into a scan',
  page: 'Page {{page}}',
  before: 'Your photo (the page edge found is outlined)',
  beforePlain: 'Your photo',
  after: 'What will be uploaded',
  afterKept: 'What will be uploaded: your photo, as it is',
  found:
    'The page was found in the photo: it was straightened, the table around it was cropped away and the light was evened out, so it reads like a scan.',
  foundPhotographic:
    'The document was found in the photo: it was straightened and the table around it was cropped away. Its colours were left as they are, as an identity document must stay a photograph.',
  reason: {
    'no-outline':
      'No clear page edge was found all round (the page fills the photo, runs off its edge, or lies on a surface as light as itself): the photo will be used as it is.',
    'not-quadrilateral':
      'The outline found does not look like one flat sheet (folded, covered or several pages): the photo will be used as it is.',
    'weak-edges': 'The page edges are not clear enough to straighten it safely: the photo will be used as it is.',
    'too-small-image': 'The photo is too small to straighten: it will be used as it is.',
    'kept-original': 'You chose to keep your photo as it is.',
  },
  keep: 'Keep my original photo for this page',
  keepHint:
    'Choose this if the straightened page cuts something off or looks wrong. Your choice applies the next time the documents are prepared.',
  notPhoto: 'This file is not a photo: there is nothing to straighten.',
  /** Lines of report.html, per page of a photo. */
  report: {
    straightened: 'Page {{page}}: photo straightened into a scan, the table around it cropped away and the light evened out',
    straightenedPhotographic: 'Page {{page}}: photo straightened and the table around it cropped away (colours left as they are)',
    kept: 'Page {{page}}: photo kept as it is, as you chose',
  },
};
