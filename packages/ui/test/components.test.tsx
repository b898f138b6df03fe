import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react-native';
import { tokensFromStore, validateAddress } from '@ventory/shop-core';
import { useState } from 'react';
import { Text } from 'react-native';
import {
  type AddressDraft,
  AddressForm,
  CartLine,
  CartTotals,
  Price,
  ProductCard,
  QuantityStepper,
  RatingStars,
  StockBadge,
  ThemeProvider,
  useTokens,
} from '../src/index.ts';

const listing = {
  title: 'Cast Iron Skillet',
  slug: 'cast-iron-skillet',
  price: '39.00',
  compareAtPrice: '49.00',
  images: [{ url: 'https://example.test/skillet.png', alt: 'A black skillet' }],
  available: 3,
  rating: 4.4,
  ratingCount: 12,
};

describe('Price', () => {
  it('reads a sale as one sentence and shows the struck price and saving', () => {
    render(<Price price="39.00" compareAt="49.00" currency="USD" testID="p" />);
    expect(screen.getByLabelText('Sale price $39.00, was $49.00')).toBeTruthy();
    expect(screen.getByText('$49.00')).toBeTruthy();
    expect(screen.getByText('−20%')).toBeTruthy();
  });
  it('shows a plain price when compare-at is not higher', () => {
    render(<Price price="39.00" compareAt="10.00" currency="EUR" />);
    expect(screen.getByLabelText('Price €39.00')).toBeTruthy();
    expect(screen.queryByText('€10.00')).toBeNull();
  });
});

describe('StockBadge and RatingStars', () => {
  it('says the stock in words', () => {
    const { rerender } = render(<StockBadge available={0} />);
    expect(screen.getByText('Out of stock')).toBeTruthy();
    rerender(<StockBadge available={2} />);
    expect(screen.getByText('Only 2 left')).toBeTruthy();
  });
  it('names the rating and count; renders nothing for no rating', () => {
    const { rerender } = render(<RatingStars rating="4.5" count={1} />);
    expect(screen.getByLabelText('Rated 4.5 out of 5, 1 review')).toBeTruthy();
    rerender(<RatingStars rating={null} />);
    expect(screen.queryByLabelText(/Rated/)).toBeNull();
  });
});

describe('QuantityStepper', () => {
  function Harness({ max }: { max: number }) {
    const [n, setN] = useState(1);
    return <QuantityStepper value={n} onChange={setN} max={max} label="quantity of Mug" />;
  }
  it('steps within min and max and disables the button at each end', () => {
    render(<Harness max={2} />);
    const plus = screen.getByRole('button', { name: 'Increase quantity of Mug' });
    const minus = screen.getByRole('button', { name: 'Decrease quantity of Mug' });
    expect(minus).toBeDisabled();
    fireEvent.press(plus);
    expect(screen.getByLabelText('quantity of Mug: 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Increase quantity of Mug' })).toBeDisabled();
    fireEvent.press(plus);
    expect(screen.getByLabelText('quantity of Mug: 2')).toBeTruthy();
  });
});

describe('ProductCard', () => {
  it('is one link named after the product, with price, rating, low stock and image alt', () => {
    const onPress = jest.fn();
    render(<ProductCard listing={listing} currency="USD" onPress={onPress} />);
    const link = screen.getByRole('link', { name: 'Cast Iron Skillet' });
    expect(screen.getByLabelText('Sale price $39.00, was $49.00')).toBeTruthy();
    expect(screen.getByLabelText('Rated 4.4 out of 5, 12 reviews')).toBeTruthy();
    expect(screen.getByText('Only 3 left')).toBeTruthy();
    expect(screen.getByLabelText('A black skillet')).toBeTruthy();
    fireEvent.press(link);
    expect(onPress).toHaveBeenCalledTimes(1);
  });
  it('hides the stock badge when plenty is available and resolves relative images', () => {
    render(
      <ProductCard
        listing={{ ...listing, available: 50, images: ['/api/media/x.png'] }}
        currency="USD"
        onPress={() => {}}
        imageBase="http://api.test/"
      />,
    );
    expect(screen.queryByText('In stock')).toBeNull();
    const img = screen.getAllByLabelText('Cast Iron Skillet').find((e) => e.props.source);
    // Drawn by expo-image on phones (picture.native.tsx), which takes its source as a list.
    expect([img?.props.source].flat()).toEqual([{ uri: 'http://api.test/api/media/x.png' }]);
  });
});

describe('CartLine and CartTotals', () => {
  const item = { id: 'i1', title: 'Mug', unitPrice: '12.50', quantity: 2, lineTotal: '25.00' };
  it('changes quantity, removes and saves for later by named buttons', () => {
    const onQuantity = jest.fn();
    const onRemove = jest.fn();
    const onSave = jest.fn();
    render(
      <CartLine
        item={item}
        currency="USD"
        onQuantity={onQuantity}
        onRemove={onRemove}
        onSaveForLater={onSave}
        max={5}
      />,
    );
    expect(screen.getByText('$25.00')).toBeTruthy();
    fireEvent.press(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    expect(onQuantity).toHaveBeenCalledWith(3);
    fireEvent.press(screen.getByRole('button', { name: 'Remove Mug' }));
    fireEvent.press(screen.getByRole('button', { name: 'Save Mug for later' }));
    expect(onRemove).toHaveBeenCalled();
    expect(onSave).toHaveBeenCalled();
  });
  it("draws the platform's own controls in place of the stepper (the storefront's form)", () => {
    render(<CartLine item={item} currency="USD" controls={<Text>Update</Text>} />);
    expect(screen.getByText('Update')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove Mug' })).toBeNull();
    expect(screen.getByText('$25.00')).toBeTruthy();
  });
  it('pauses the controls while the line is pending', () => {
    render(<CartLine item={item} currency="USD" onQuantity={() => {}} onRemove={() => {}} pending />);
    expect(screen.getByRole('button', { name: 'Remove Mug' })).toBeDisabled();
    expect(screen.getByText(/updating/)).toBeTruthy();
  });
  it('shows each totals row and the grand total', () => {
    render(
      <CartTotals
        rows={[
          { key: 'subtotal', label: 'Subtotal', value: '$25.00' },
          { key: 'total', label: 'Total', value: '$27.00', grand: true },
        ]}
      />,
    );
    expect(screen.getByLabelText('Total: $27.00')).toBeTruthy();
    expect(screen.getByTestId('cart-total')).toHaveTextContent('$27.00');
  });
});

describe('AddressForm', () => {
  function Checkout() {
    const [draft, setDraft] = useState<AddressDraft>({});
    const [email, setEmail] = useState('');
    const errors = validateAddress(draft, email);
    return (
      <AddressForm
        value={draft}
        onChange={setDraft}
        errors={errors}
        email={{ value: email, onChange: setEmail }}
      />
    );
  }
  it('labels every field and shows each validation message until the field is right', () => {
    render(<Checkout />);
    expect(screen.getByText('Enter a first name')).toBeTruthy();
    fireEvent.changeText(screen.getByLabelText('First name'), 'Ada');
    expect(screen.queryByText('Enter a first name')).toBeNull();
    fireEvent.changeText(screen.getByLabelText('Country code (e.g. US)'), 'US');
    fireEvent.changeText(screen.getByLabelText('Postal code'), '123');
    expect(screen.getByText('Enter a valid postal code for US')).toBeTruthy();
    fireEvent.changeText(screen.getByLabelText('Email'), 'ada@example.com');
    expect(screen.queryByText(/Enter an email address/)).toBeNull();
  });
});

describe('AddressForm without onChange (a web form)', () => {
  it('fills each field from a saved address, nulls as empty', () => {
    render(<AddressForm value={{ firstName: 'Ada', line2: null, country: 'GB' }} />);
    expect(screen.getByLabelText('First name').props.defaultValue).toBe('Ada');
    expect(screen.getByLabelText('Apartment, suite (optional)').props.defaultValue).toBe('');
    expect(screen.getByLabelText('Country code (e.g. US)').props.defaultValue).toBe('GB');
  });
});

describe('ThemeProvider', () => {
  it('gives components the store tokens', () => {
    function Probe() {
      const t = useTokens();
      return <Text>{`${t.colors.brand} ${t.layouts.home}`}</Text>;
    }
    const tokens = tokensFromStore({ primaryColor: '#1f6f8b', theme: { homeLayout: 'bold' } });
    render(
      <ThemeProvider tokens={tokens}>
        <Probe />
      </ThemeProvider>,
    );
    expect(screen.getByText('#1f6f8b bold')).toBeTruthy();
  });
});
