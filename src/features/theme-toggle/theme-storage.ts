/** localStorage key holding the reader's explicit theme choice ("light" or "dark"). */
export const THEME_STORAGE_KEY = 'fieldnotes-theme';
