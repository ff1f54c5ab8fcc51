// The Categories and Tags sections' panes (wired in app/panes.tsx).
export { CategoriesList } from './CategoriesList';
export { CategoryDetail } from './CategoryDetail';
export { TagsList } from './TagsList';
export { TagDetail } from './TagDetail';
