/** The documents step's page tools and the "smaller file, lower quality" choice (issue 15). */
export const pageToolsEn = {
  open: 'Edit pages',
  close: 'Close page editing',
  title: 'Pages of {{category}}',
  intro:
    'Turn, remove or reorder the pages that go into this PDF. Your files are not changed: the app only remembers your choice and uses it each time it prepares the PDF.',
  loading: 'Reading the pages…',
  failed: 'The pages could not be read: {{reason}}',
  noPicture: 'no picture',
  pageOf: '{{file}}, page {{page}}',
  position: 'Page {{position}} of {{total}}',
  rotateLeft: 'Turn left',
  rotateRight: 'Turn right',
  earlier: 'Earlier',
  later: 'Later',
  remove: 'Remove',
  rotateLeftLabel: 'Turn page {{position}} to the left',
  rotateRightLabel: 'Turn page {{position}} to the right',
  earlierLabel: 'Move page {{position}} earlier',
  laterLabel: 'Move page {{position}} later',
  removeLabel: 'Remove page {{position}}',
  lastPage: 'The last page cannot be removed. To leave this document out, remove its file instead.',
  undo: 'Undo',
  reset: 'Use all pages as added',
  apply: 'Prepare with these pages',
  edited: 'You chose the pages of this PDF: {{kept}} of {{total}} pages.',
  pending: 'Your page changes are saved. Prepare again to see them in the PDF.',
  legacyFiles: 'Page editing needs the files to be in your case. Remove this file and add it again.',
};

export const lowerQualityEn = {
  title: 'What the app can do now',
  intro: 'This PDF is still larger than the {{limit}} limit. You can:',
  preview: 'Show a smaller file, lower quality',
  removePages: 'Remove pages you do not need',
  working: 'Preparing the preview…',
  failed: 'The preview could not be made: {{reason}}',
  fits: 'At lower quality this PDF would be {{size}} (limit {{limit}}). Its pages would be at about {{dpi}} dpi: less sharp than now. Check below that you can still read page 1 before you accept.',
  fitsNoDpi:
    'At lower quality this PDF would be {{size}} (limit {{limit}}). Check below that you can still read page 1 before you accept.',
  stillTooLarge:
    'Even at lower quality this PDF would be {{size}}, more than the {{limit}} limit. Remove the pages AIMA does not need (for example empty back sides or duplicate pages).',
  alreadyBlackAndWhite:
    'Its pages are already stored in black and white: scanning the paper again would not give a smaller file.',
  rescanBlackAndWhite: 'Or scan the paper again in black and white at 200 or 300 dpi.',
  firstPage: 'Page 1 at lower quality',
  accept: 'Use the smaller file',
  chosen: 'You chose a smaller file at lower quality for this PDF.',
  chosenStillTooLarge:
    'Even at lower quality this PDF is larger than the limit. Remove the pages AIMA does not need (for example empty back sides or duplicate pages).',
  backToStandard: 'Go back to normal quality',
};
