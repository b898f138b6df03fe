export { type AddressDraft, AddressForm } from './address-form.tsx';
export { CartLine, CartTotals } from './cart.tsx';
export { Price, QuantityStepper, RatingStars, StockBadge } from './commerce.tsx';
export { imageOf } from './image.ts';
// No extension: Metro picks picture.native.tsx on phones, every web bundler picture.tsx.
export { Picture, type PictureProps } from './picture';
export { Button, Notice, TextField } from './primitives.tsx';
export { type CardListing, ProductCard } from './product-card.tsx';
export { ThemeProvider, useTokens } from './theme.tsx';
